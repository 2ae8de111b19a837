import { Link } from "react-router";
import styles from "./error-page.module.css";

interface Props {
  heading: string;
  message: string;
}

/** A page that explains what went wrong and offers the way home. */
export function ErrorPage({ heading, message }: Props) {
  return (
    <div className={styles.page}>
      <h1 className={styles.heading}>{heading}</h1>
      <p>{message}</p>
      <p>
        <Link discover="none" to="/">
          Go to the front page
        </Link>
      </p>
    </div>
  );
}
