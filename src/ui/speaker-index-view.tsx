import { useId } from "react";
import { Link } from "react-router";
import { getSpeakerPath } from "../content/data-paths";
import type { SpeakerIndex } from "../content/speaker";
import { formatSpeakerCount } from "./format";
import styles from "./speaker-list.module.css";

/** The page heading of `/speakers/`. */
export const SPEAKER_INDEX_HEADING = "Who is quoted";

interface Props {
  index: SpeakerIndex;
}

/** Everyone quoted across the site, most quoted first, each linked to their page with their counts. */
export function SpeakerIndexView({ index }: Props) {
  const headingId = useId();
  const { speakers, total } = index;
  return (
    <>
      <h1 id={headingId} className={styles.heading}>
        {SPEAKER_INDEX_HEADING}
      </h1>
      {speakers.length === 0 ? (
        <p>Nobody is quoted yet.</p>
      ) : (
        <>
          {total > speakers.length ? (
            <p className={styles.note}>
              The {speakers.length} most quoted of {total} speakers.
            </p>
          ) : null}
          <ol className={styles.list} aria-labelledby={headingId}>
            {speakers.map((speaker) => (
              <li key={speaker.slug} className={styles.item}>
                <Link discover="none" to={getSpeakerPath(speaker.slug)}>
                  {speaker.name}
                </Link>{" "}
                <span className={styles.count}>
                  {formatSpeakerCount(speaker.quoteCount, speaker.articleCount)}
                </span>
              </li>
            ))}
          </ol>
        </>
      )}
    </>
  );
}
