import { describe, expect, it } from 'vitest';
import { AnchorText, CONTEXT_CHARS } from '../../src/pipeline/anchor';

const text = 'Intro line.\n\nKetamine’s effect – rapid and   strong – lasts.\nThe end. The end.';

describe('anchoring a quote in its source', () => {
  it('finds a quote that differs only in whitespace, quotes and dashes, and returns the exact source text', () => {
    const r = new AnchorText(text).anchor("Ketamine's effect - rapid and strong - lasts.");
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.anchor.quote).toBe('Ketamine’s effect – rapid and   strong – lasts.');
    expect(text.slice(r.anchor.start, r.anchor.end)).toBe(r.anchor.quote);
    expect(r.anchor.prefix).toBe('Intro line.\n\n');
    expect(r.anchor.suffix).toBe('\nThe end. The end.');
  });

  it('keeps at most 32 characters of context either side', () => {
    const long = `${'a'.repeat(100)} target words ${'b'.repeat(100)}`;
    const r = new AnchorText(long).anchor('target words');
    expect(r.ok && r.anchor.prefix.length).toBe(CONTEXT_CHARS);
    expect(r.ok && r.anchor.suffix.length).toBe(CONTEXT_CHARS);
  });

  it('refuses to guess when a quote occurs twice, and accepts a prefix or suffix that says which', () => {
    const a = new AnchorText(text);
    const r = a.anchor('The end.');
    expect(r).toMatchObject({ ok: false, reason: 'ambiguous' });
    const withPrefix = a.anchor('The end.', 'The end.');
    expect(withPrefix.ok && withPrefix.anchor.start).toBe(text.lastIndexOf('The end.'));
    const withSuffix = a.anchor('The end.', undefined, 'The end.');
    expect(withSuffix.ok && withSuffix.anchor.start).toBe(text.indexOf('The end.'));
  });

  it('does not ignore case or words: a changed word is not found, and the closest passage is offered', () => {
    const r = new AnchorText(text).anchor('Ketamine’s effect – rapid and weak – lasts.');
    expect(r.ok).toBe(false);
    if (r.ok || r.reason !== 'not-found') throw new Error('expected not-found');
    expect(r.closest?.passage).toContain('rapid and');
    expect(r.closest?.similarity).toBeGreaterThan(0.8);
    expect(new AnchorText(text).anchor('ketamine’s effect').ok).toBe(false);
  });
});
