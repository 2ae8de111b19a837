import styles from "./search-box.module.css";

interface Props {
  /** Where the form goes without JavaScript: the search page (`<base>search/`). */
  action: string;
  value: string;
  onChange: (value: string) => void;
  /** The reader is about to search: a good moment to load the search code. */
  onFocus: () => void;
  onSubmit: (value: string) => void;
  /** Escape was pressed: the caller clears the query. */
  onClear: () => void;
}

/** The header's search form: a plain GET form to the search page, enhanced by the caller when JS runs. */
export function SearchBox({
  action,
  value,
  onChange,
  onFocus,
  onSubmit,
  onClear,
}: Props) {
  return (
    <form
      role="search"
      action={action}
      method="get"
      className={styles.form}
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit(value);
      }}
    >
      <label htmlFor="search" className={styles.label}>
        Search stories
      </label>
      <input
        id="search"
        name="q"
        type="search"
        autoComplete="off"
        className={styles.input}
        value={value}
        onChange={(event) => {
          onChange(event.target.value);
        }}
        onFocus={onFocus}
        onKeyDown={(event) => {
          if (event.key !== "Escape") return;
          // Also stops the browser's own clearing of a search field, which would not update the results.
          event.preventDefault();
          onClear();
        }}
      />
      <button type="submit" className={styles.button}>
        Search
      </button>
    </form>
  );
}
