package org.advocacyledger.shared.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The React app routes in the browser: its paths (no dot, not under /api) are answered with index.html. */
@Controller
class SpaForwarding {

    @GetMapping({"/login", "/campaigns", "/campaigns/{*rest}", "/statistics", "/statistics/{*rest}", "/timeline", "/analytics",
            "/actions/{*rest}", "/reforms/{*rest}", "/outcomes/{*rest}", "/contributions/{*rest}",
            "/admin", "/admin/{*rest}", "/account", "/account/{*rest}"})
    String app() {
        return "forward:/index.html";
    }
}
