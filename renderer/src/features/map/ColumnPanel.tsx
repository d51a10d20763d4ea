import { useTranslation } from 'react-i18next'
import { placeholderFor } from '../../../../shared/mapping'
import { useMap } from './mapStore'

/** Every column: header, a few sample values, detected type and what it is used for. */
export function ColumnPanel() {
  const { t } = useTranslation()
  const columns = useMap((s) => s.columns)
  const phone = useMap((s) => s.phone)
  const ddd = useMap((s) => s.ddd)
  const name = useMap((s) => s.name)
  const variables = useMap((s) => s.variables)
  const addVariable = useMap((s) => s.addVariable)

  function uses(index: number): string[] {
    const out: string[] = []
    if (index === phone) out.push(t('map.roles.phone'))
    if (index === ddd) out.push(t('map.roles.ddd'))
    if (index === name) out.push(t('map.roles.name'))
    for (const variable of variables)
      if (variable.column === index && variable.key !== '') out.push(placeholderFor(variable.key))
    return out
  }

  return (
    <section className="card map-columns" aria-labelledby="map-columns-title">
      <h2 id="map-columns-title">{t('map.columns.title', { count: columns.length })}</h2>
      {/* Scrolls sideways on a narrow window: a Tab stop, so the keyboard can scroll it too. */}
      <div
        className="map-columns__scroll"
        role="group"
        aria-labelledby="map-columns-title"
        tabIndex={0}
      >
        <table className="map-table" data-testid="map-columns">
          <thead>
            <tr>
              <th scope="col">{t('map.columns.header')}</th>
              <th scope="col">{t('map.columns.type')}</th>
              <th scope="col">{t('map.columns.samples')}</th>
              <th scope="col">{t('map.columns.use')}</th>
            </tr>
          </thead>
          <tbody>
            {columns.map((column) => {
              const used = uses(column.index)
              return (
                <tr key={column.index} data-column={column.header}>
                  <th scope="row">{column.header || t('map.columns.untitled')}</th>
                  <td>
                    <span className={`tag map-type map-type--${column.type}`}>
                      {t(`map.types.${column.type}`)}
                    </span>
                  </td>
                  <td className="map-columns__samples">
                    {column.samples.length === 0 ? (
                      <span className="muted">{t('map.columns.noSamples')}</span>
                    ) : (
                      column.samples.map((sample, i) => (
                        <span key={i} className="map-sample" title={sample}>
                          {sample}
                        </span>
                      ))
                    )}
                  </td>
                  <td>
                    {used.length > 0 ? (
                      <span className="map-columns__uses">{used.join(' · ')}</span>
                    ) : (
                      <button
                        type="button"
                        className="button button--ghost map-small"
                        onClick={() => addVariable(column.index)}
                        aria-label={t('map.columns.useAsVariableNamed', { column: column.header })}
                      >
                        {t('map.columns.useAsVariable')}
                      </button>
                    )}
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      </div>
    </section>
  )
}
