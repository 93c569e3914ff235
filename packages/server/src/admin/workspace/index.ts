/** The admin workspace's browser bundle: defines `<assent-workspace>` and its views. */
import './workspace.js';
