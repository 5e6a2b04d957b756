package fr.education.orion.glossaire;

import fr.education.orion.system.Public;
import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The glossary page: every term, in French alphabetical order, each at its own anchor. */
@Controller
@Public
class GlossaireController {

  private static final List<Terme> TERMES =
      Arrays.stream(Terme.values())
          .sorted(Comparator.comparing(Terme::libelle, Collator.getInstance(Locale.FRENCH)))
          .toList();

  @GetMapping("/glossaire")
  String glossaire(Model model) {
    model.addAttribute("termes", TERMES);
    return "glossaire/glossaire";
  }
}
