import type { ElementCertainty, NodeKind, Relation } from '../../domain/schema';
import {
  CERTAINTY_STYLE,
  EDGE_COLOR,
  HIGH_DOSE_COLOR,
  KIND_STYLE,
  RELATION_STYLE,
} from '../graph-canvas/visual-language';

/** Small SVG glyphs drawn from the same table as the canvas style. */
function ShapeGlyph({ kind }: { kind: NodeKind }) {
  const s = KIND_STYLE[kind];
  const common = { fill: s.fill, stroke: s.border, strokeWidth: 2 };
  const shapes: Record<string, React.ReactNode> = {
    hexagon: <polygon points="6,12 12,3 28,3 34,12 28,21 12,21" {...common} />,
    octagon: <polygon points="12,3 28,3 34,8 34,16 28,21 12,21 6,16 6,8" {...common} />,
    barrel: <path d="M8,3 Q4,12 8,21 L32,21 Q36,12 32,3 Z" {...common} />,
    'round-rectangle': <rect x="5" y="3" width="30" height="18" rx="5" {...common} />,
    ellipse: <ellipse cx="20" cy="12" rx="15" ry="9" {...common} />,
    rectangle: <rect x="5" y="3" width="30" height="18" {...common} />,
    'cut-rectangle': <polygon points="9,3 31,3 35,7 35,17 31,21 9,21 5,17 5,7" {...common} />,
  };
  return (
    <svg width="40" height="24" aria-hidden="true" focusable="false">
      {shapes[s.shape]}
    </svg>
  );
}

function ArrowGlyph({
  relation,
  color = EDGE_COLOR,
  certainty = 'established',
}: {
  relation: Relation;
  color?: string;
  certainty?: ElementCertainty;
}) {
  const s = RELATION_STYLE[relation];
  const c = CERTAINTY_STYLE[certainty];
  const dash = c.dash ? c.dash.map((d) => d * 0.6).join(' ') : undefined;
  const heads: Record<string, React.ReactNode> = {
    triangle: <polygon points="30,5 40,12 30,19" fill={color} />,
    vee: <polygon points="29,5 40,12 29,19 32,12" fill={color} />,
    'triangle-backcurve': <path d="M30,5 L40,12 L30,19 Q33,12 30,5 Z" fill={color} />,
    tee: <line x1="38" y1="3" x2="38" y2="21" stroke={color} strokeWidth={4} />,
    circle: <circle cx="35" cy="12" r="5" fill={color} />,
    square: <rect x="30" y="7" width="10" height="10" fill={color} />,
    diamond: <polygon points="29,12 34.5,6 40,12 34.5,18" fill={color} />,
  };
  return (
    <svg width="44" height="24" aria-hidden="true" focusable="false">
      <line
        x1="2"
        y1="12"
        x2="33"
        y2="12"
        stroke={color}
        strokeWidth={Math.min(s.width, 4)}
        strokeDasharray={dash}
      />
      {c.marker && (
        <polygon points="12,12 17,7 22,12 17,17" fill="#fff" stroke={color} strokeWidth={1.5} />
      )}
      {heads[s.arrow]}
    </svg>
  );
}

export function Legend() {
  return (
    <details className="legend" open>
      <summary>Legend</summary>
      <h3>Nodes</h3>
      <ul>
        {(Object.keys(KIND_STYLE) as NodeKind[]).map((k) => (
          <li key={k}>
            <ShapeGlyph kind={k} /> {KIND_STYLE[k].label}
          </li>
        ))}
      </ul>
      <h3>Arrows</h3>
      <ul>
        {(Object.keys(RELATION_STYLE) as Relation[]).map((r) => (
          <li key={r}>
            <ArrowGlyph relation={r} /> {RELATION_STYLE[r].label}
          </li>
        ))}
        <li>
          <ArrowGlyph relation="increases" color={HIGH_DOSE_COLOR} /> high-dose branch only (orange;
          nodes get a double border)
        </li>
      </ul>
      <h3>How firmly the sources say it</h3>
      <ul>
        {(Object.keys(CERTAINTY_STYLE) as ElementCertainty[]).map((c) => (
          <li key={c}>
            <ArrowGlyph relation="increases" certainty={c} /> {CERTAINTY_STYLE[c].label}
          </li>
        ))}
      </ul>
      <p className="muted">
        On a node, the mark rates how firmly the sources state its role in these mechanisms, not
        whether the region or drug exists.
      </p>
      <p className="muted">
        Chains read like signs: ⊣ then ⊣ means more. Click an element to see the passages that
        support it.
      </p>
    </details>
  );
}
