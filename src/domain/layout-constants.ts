/** Node box size shared by the build-time layout and the app's stylesheet. */
export const NODE_WIDTH = 136;
export const NODE_HEIGHT = 48;
