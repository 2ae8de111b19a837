import { useLoaderData } from "react-router";
import type { ContentSource } from "../content/content-source";
import type { SpeakerIndex } from "../content/speaker";
import { PageMeta } from "../ui/page-meta";
import {
  SPEAKER_INDEX_HEADING,
  SpeakerIndexView,
} from "../ui/speaker-index-view";

/** What the speaker index route's loader returns. */
export interface SpeakersRouteData {
  index: SpeakerIndex;
}

/** Loads the site-wide speaker index. */
export function createSpeakersLoader(
  source: ContentSource,
): () => Promise<SpeakersRouteData> {
  return async () => ({ index: await source.loadSpeakers() });
}

/** `/speakers/`: everyone quoted across the site. */
export function SpeakersRoute() {
  const { index } = useLoaderData<SpeakersRouteData>();
  return (
    <>
      <PageMeta
        title={SPEAKER_INDEX_HEADING}
        description="Everyone quoted in our stories, with how often and where."
      />
      <SpeakerIndexView index={index} />
    </>
  );
}
