module.exports=[9888,a=>{"use strict";var b=a.i(7997);a.s(["default",0,function({children:a}){return(0,b.jsx)("html",{lang:"en",children:(0,b.jsx)("body",{children:a})})},"metadata",0,{robots:{index:!1}}])},26804,function(a){a.n(a.i(9888))}];

//# sourceMappingURL=app_%28baseline%29_layout_tsx_1snlm7lp969jz._.js.map