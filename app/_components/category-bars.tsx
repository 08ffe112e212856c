import { CATEGORY_LABEL, formatScore, percentOf } from '@/lib/format'
import type { CategoryScore } from '@/lib/grading'

/** Per-category score bars: the numbers are text, the bar is decoration. */
export function CategoryBars({
  categories,
  className,
}: {
  categories: CategoryScore[]
  className?: string
}) {
  return (
    <ul className={`category-bars ${className ?? ''}`}>
      {categories.map((c) => (
        <li key={c.category}>
          <span className="category-name">{CATEGORY_LABEL[c.category] ?? c.category}</span>
          <span className="bar" aria-hidden="true">
            <span className="bar-fill" style={{ width: `${percentOf(c.earned, c.possible)}%` }} />
          </span>
          <span className="category-score">
            {formatScore(c.earned)} / {c.possible}
          </span>
        </li>
      ))}
    </ul>
  )
}
