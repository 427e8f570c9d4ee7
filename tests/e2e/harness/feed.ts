// The demo's signed feed, for the journeys that serve one.
export { demoFeed, FEED_PATH } from '../../demo/feed/sign-demo';
