module.exports=[45217,a=>{"use strict";a.s([])}];

//# sourceMappingURL=_next-internal_server_app_%28baseline%29_baseline_page_actions_0qy9p1aqt675e.js.map