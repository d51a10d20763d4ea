interface RadioGroupProps<T extends string> {
  legend: string
  name: string
  value: T
  options: readonly { value: T; label: string }[]
  onChange(value: T): void
}

/** A fieldset of radio buttons for one choice. */
export function RadioGroup<T extends string>({
  legend,
  name,
  value,
  options,
  onChange
}: RadioGroupProps<T>) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option.value} className="radio">
          <input
            type="radio"
            name={name}
            checked={value === option.value}
            onChange={() => onChange(option.value)}
          />
          {option.label}
        </label>
      ))}
    </fieldset>
  )
}
