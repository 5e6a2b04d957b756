package fr.education.orion.console;

import fr.education.orion.system.Public;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The index of the two consoles: formations, and offers of the établissements. */
@Controller
@Public
class IndexConsolesController {

  @GetMapping("/console")
  String index() {
    return "console/index";
  }
}
