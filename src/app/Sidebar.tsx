/**
 * The sidebar: search, walkthroughs and the self-test, filters, exports, legend, outline. The
 * explorer mounts it after the graph's first frame, from its own chunk, so the first view neither
 * downloads nor runs it.
 */
import type { Filters as FilterState, Visible } from '../domain/filter';
import type { GraphIndex } from '../domain/graph-index';
import { ExportControls } from '../features/exports/ExportControls';
import { Filters } from '../features/filters/Filters';
import { Legend } from '../features/legend/Legend';
import { Outline } from '../features/outline/Outline';
import { Search } from '../features/search/Search';
import { TeachingControls } from '../features/teaching/TeachingControls';

export default function Sidebar({
  index,
  filters,
  visible,
}: {
  index: GraphIndex;
  filters: FilterState;
  visible: Visible;
}) {
  return (
    <>
      <Search graph={index.graph} />
      <TeachingControls graph={index.graph} />
      <Filters graph={index.graph} filters={filters} visible={visible} />
      <ExportControls graph={index.graph} />
      <Legend />
      <Outline index={index} visible={visible} />
    </>
  );
}
