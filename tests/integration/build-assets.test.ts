import { describe, expect, it } from 'vitest';
import { hashedName, icoFromPng } from '../../scripts/assets/build-assets.js';
import { isSelectorUsed, subsetKernCss, usedKernClasses } from '../../scripts/assets/css-subset.js';

const SOURCES = [
  `<div class="kern-alert kern-alert--\${kind}"><span class="kern-icon kern-icon--\${kind}" /></div>`,
  `type Kind = 'info' | 'success';`,
  `<button class={\`kern-btn\${isSmall ? ' kern-btn--small' : ''}\`}>`,
  `<table class="kern-table"><td class="kern-table__cell">`,
];

describe('usedKernClasses', () => {
  it('reads whole class names, template prefixes and the quoted words that can complete them', () => {
    const used = usedKernClasses(SOURCES);
    expect([...used.names].sort()).toEqual([
      'kern-alert',
      'kern-btn',
      'kern-btn--small',
      'kern-icon',
      'kern-table',
      'kern-table__cell',
    ]);
    expect(used.prefixes).toEqual(['kern-alert--', 'kern-icon--']);
    expect(used.literals.has('info')).toBe(true);
  });
});

describe('subsetKernCss', () => {
  const used = usedKernClasses(SOURCES);

  it('keeps a selector whose KERN classes are all used, or completed by a quoted word', () => {
    expect(isSelectorUsed('.kern-alert--info .kern-icon', used)).toBe(true);
    expect(isSelectorUsed('.kern-alert--danger', used)).toBe(false);
    expect(isSelectorUsed('.kern-card', used)).toBe(false);
    expect(isSelectorUsed('button:focus-visible', used)).toBe(true);
    expect(isSelectorUsed('.kern-btn:not(.kern-btn--disabled):hover', used)).toBe(true);
    expect(isSelectorUsed('[dir=rtl] .kern-table__cell', used)).toBe(true);
  });

  it('drops unused rules and selectors, empty at-rules and custom properties that nothing reads', () => {
    const css = [
      ':root{--kern-a:1px;--kern-b:var(--kern-c);--kern-c:red;--kern-unread:0;--kern-app:2px}',
      '.kern-btn,.kern-card{padding:var(--kern-a)}',
      '.kern-card{color:var(--kern-unread)}',
      '@media print{.kern-card{display:none}}',
      '@media print{.kern-table{border:0}}',
      '@media (forced-colors:active){.kern-btn--small:focus{outline:2px solid var(--kern-b)}}',
      '@keyframes spin{from{transform:rotate(0)}to{transform:rotate(1turn)}}',
      'html{font-size:100%}',
    ].join('');
    const out = subsetKernCss(css, used, ['.vr-x{margin:var(--kern-app)}']);
    expect(out).toContain('.kern-btn{padding:var(--kern-a)}');
    expect(out).not.toContain('kern-card');
    expect(out).toContain('@media print{.kern-table{border:0}}');
    expect(out).toContain('.kern-btn--small:focus');
    expect(out).toContain('--kern-b:var(--kern-c);--kern-c:red');
    expect(out).toContain('--kern-app:2px');
    expect(out).not.toContain('--kern-unread');
    expect(out).toContain('@keyframes spin');
    expect(out).toContain('html{font-size:100%}');
    expect(out.match(/@media print/g)).toHaveLength(1);
  });
});

describe('hashedName and icoFromPng', () => {
  it('puts a hash of the content into the name, which changes with the content', () => {
    expect(hashedName('app.css', 'a{}')).toMatch(/^app\.[A-Za-z0-9]{12}\.css$/);
    expect(hashedName('app.css', 'a{}')).toBe(hashedName('app.css', 'a{}'));
    expect(hashedName('app.css', 'b{}')).not.toBe(hashedName('app.css', 'a{}'));
  });

  it('wraps a PNG into an icon file with one image entry', () => {
    const png = Buffer.from('89504e470d0a1a0a', 'hex');
    const ico = icoFromPng(png, 32);
    expect(ico.readUInt16LE(2)).toBe(1);
    expect(ico.readUInt16LE(4)).toBe(1);
    expect(ico.readUInt8(6)).toBe(32);
    expect(ico.readUInt32LE(14)).toBe(png.length);
    expect(ico.subarray(ico.readUInt32LE(18))).toEqual(png);
  });
});
