/** Small line icons drawn inline: the app bundles no icon font, and these never carry meaning alone. */
interface IconProps {
  size?: number;
}

const base = (size: number) => ({
  width: size,
  height: size,
  viewBox: '0 0 24 24',
  fill: 'none',
  stroke: 'currentColor',
  strokeWidth: 2,
  strokeLinecap: 'round' as const,
  strokeLinejoin: 'round' as const,
  'aria-hidden': true,
  focusable: false,
});

export function ClockAlertIcon({ size = 16 }: IconProps) {
  return (
    <svg {...base(size)}>
      <circle cx="11" cy="13" r="8" />
      <path d="M11 9v4l2 2" />
      <path d="M20 3v4" />
      <path d="M20 10v.01" />
    </svg>
  );
}

export function SearchIcon({ size = 16 }: IconProps) {
  return (
    <svg {...base(size)}>
      <circle cx="10" cy="10" r="7" />
      <path d="M21 21l-6-6" />
    </svg>
  );
}

export function ColumnsIcon({ size = 16 }: IconProps) {
  return (
    <svg {...base(size)}>
      <rect x="3" y="4" width="18" height="16" rx="2" />
      <path d="M9 4v16M15 4v16" />
    </svg>
  );
}

export function CheckIcon({ size = 16 }: IconProps) {
  return (
    <svg {...base(size)}>
      <path d="M5 12l5 5L20 7" />
    </svg>
  );
}

export function SortIcon({ direction, size = 14 }: IconProps & { direction: 'asc' | 'desc' | null }) {
  return (
    <svg {...base(size)}>
      {direction !== 'desc' && <path d="M8 10l4-4 4 4" opacity={direction === 'asc' ? 1 : 0.35} />}
      {direction !== 'asc' && <path d="M8 14l4 4 4-4" opacity={direction === 'desc' ? 1 : 0.35} />}
    </svg>
  );
}
