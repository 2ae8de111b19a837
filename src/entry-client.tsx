// The page's module entry. What it runs lives in `start-app.tsx`, so that the build can put all the code a page
// needs (React, React Router, the app) in one chunk (tooling/build.ts, "main"), leaving this file a few bytes.
import { startApp } from "./start-app";

startApp();
