module.exports=[43129,a=>{"use strict";a.s([])}];

//# sourceMappingURL=_next-internal_server_app_%5Blocale%5D_%28public%29_api_page_actions_0qxo_g4rw8ao0.js.map