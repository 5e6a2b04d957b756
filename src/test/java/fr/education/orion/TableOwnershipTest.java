package fr.education.orion;

import static org.assertj.core.api.Assertions.assertThat;

import fr.education.orion.schema.Indexes;
import fr.education.orion.schema.Keys;
import fr.education.orion.schema.Tables;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jooq.Index;
import org.jooq.Key;
import org.jooq.Table;
import org.junit.jupiter.api.Test;

/**
 * Each module uses the jOOQ classes of the tables it owns only, and asks the owner's API for the
 * rest: Spring Modulith cannot see this rule, since the generated classes live in the open module
 * {@code schema}.
 *
 * <p>A table belongs to the module of the migration that creates it ({@link
 * #MODULE_PAR_MIGRATION}), save the few tables a migration created for another module ({@link
 * #MODULE_PAR_TABLE}): a new table is thus owned as soon as its migration is mapped, and a new
 * migration that creates a table without saying whose it is fails this test. The uses are read from
 * the compiled classes (their constant pool), so that a table named through {@code Tables}, its own
 * class, its record, a key of {@code Keys} or an index of {@code Indexes} all count, in code as in
 * signatures.
 */
class TableOwnershipTest {

  private static final String SCHEMA = "fr/education/orion/schema/";

  private static final Map<String, String> MODULE_PAR_MIGRATION =
      Map.ofEntries(
          Map.entry("V1", "referentiel"),
          Map.entry("V2", "ingestion"),
          Map.entry("V3", "indicateur"),
          Map.entry("V4", "indicateur"),
          Map.entry("V5", "indicateur"),
          Map.entry("V6", "indicateur"),
          Map.entry("V7", "referentiel"),
          Map.entry("V8", "indicateur"),
          Map.entry("V9", "indicateur"),
          Map.entry("V10", "indicateur"),
          Map.entry("V11", "indicateur"),
          Map.entry("V12", "compte"),
          Map.entry("V13", "compte"),
          Map.entry("V14", "compte"),
          Map.entry("V15", "console"),
          Map.entry("V17", "console"),
          Map.entry("V18", "indicateur"),
          Map.entry("V20", "compte"),
          Map.entry("V21", "ingestion"),
          Map.entry("V22", "campagne"));

  /** Tables created by a migration mostly about another module. */
  private static final Map<String, String> MODULE_PAR_TABLE =
      Map.of(
          // V8 created the tables of the sources without a real file: ONISEP's structures locate
          // établissements.
          "onisep_structure", "referentiel");

  private static final Pattern CREATION =
      Pattern.compile(
          "create\\s+(?:unlogged\\s+)?(?:table|(?:materialized\\s+)?view)\\s+(?:if\\s+not\\s+exists\\s+)?"
              + "(?:public\\.)?\"?([a-z_][a-z0-9_]*)",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern MIGRATION = Pattern.compile("(V\\d+)__.*\\.sql");

  private static final Pattern CLASSE_DE_TABLE =
      Pattern.compile(SCHEMA + "tables/(?:records/)?(\\w+)");

  @Test
  void modulesUseOnlyTheTablesTheyOwn() throws IOException {
    Path classes = classes();
    Map<String, String> proprietaires = proprietaires(classes.resolve("db/migration"));
    Map<String, String> tablesParClasse = tablesParClasse();
    assertThat(proprietaires.keySet())
        .as("every table of the schema has an owner")
        .containsAll(new HashSet<>(tablesParClasse.values()));

    Set<String> ecarts = new TreeSet<>();
    Path racine = classes.resolve("fr/education/orion");
    try (Stream<Path> fichiers = Files.walk(racine)) {
      for (Path fichier : fichiers.filter(f -> f.toString().endsWith(".class")).toList()) {
        String nom = racine.relativize(fichier).toString().replace('\\', '/');
        if (!nom.contains("/")) {
          continue; // the application class, in no module
        }
        String module = nom.substring(0, nom.indexOf('/'));
        if (module.equals("schema")) {
          continue;
        }
        String classe = nom.replaceFirst("\\$.*|\\.class$", "").replace('/', '.');
        for (String table : tablesUtilisees(fichier, tablesParClasse)) {
          if (!module.equals(proprietaires.get(table))) {
            ecarts.add(classe + " → " + table);
          }
        }
      }
    }

    assertThat(ecarts)
        .as("classes using the table of another module (ask the owner's API instead)")
        .isEmpty();
  }

  /** The owner of each table, from the migrations that create them. */
  private static Map<String, String> proprietaires(Path migrations) throws IOException {
    Map<String, String> proprietaires = new HashMap<>();
    try (Stream<Path> fichiers = Files.list(migrations)) {
      for (Path fichier : fichiers.toList()) {
        Matcher version = MIGRATION.matcher(fichier.getFileName().toString());
        assertThat(version.matches()).as("migration %s", fichier).isTrue();
        Matcher creation = CREATION.matcher(Files.readString(fichier));
        while (creation.find()) {
          String table = creation.group(1).toLowerCase();
          String module = MODULE_PAR_TABLE.get(table);
          if (module == null) {
            module = MODULE_PAR_MIGRATION.get(version.group(1));
          }
          assertThat(module)
              .as("the module owning table %s, created by %s", table, fichier.getFileName())
              .isNotNull();
          proprietaires.put(table, module);
        }
      }
    }
    return proprietaires;
  }

  /**
   * The table named by each generated class, key and index, by internal name: {@code
   * fr/education/orion/schema/tables/Region}, {@code …/records/RegionRecord}, {@code Keys.NAME}.
   */
  private static Map<String, String> tablesParClasse() {
    Map<String, String> tables = new HashMap<>();
    for (Object table : constantes(Tables.class)) {
      Table<?> t = (Table<?>) table;
      tables.put(t.getClass().getName().replace('.', '/'), t.getName());
      tables.put(t.getRecordType().getName().replace('.', '/'), t.getName());
    }
    for (Field champ : Keys.class.getFields()) {
      tables.put(SCHEMA + "Keys." + champ.getName(), ((Key<?>) valeur(champ)).getTable().getName());
    }
    for (Field champ : Indexes.class.getFields()) {
      tables.put(
          SCHEMA + "Indexes." + champ.getName(), ((Index) valeur(champ)).getTable().getName());
    }
    return tables;
  }

  private static Set<String> tablesUtilisees(Path fichier, Map<String, String> tablesParClasse)
      throws IOException {
    Set<String> tables = new TreeSet<>();
    ConstantPool pool = ConstantPool.read(fichier);
    for (String texte : pool.textes()) {
      Matcher classe = CLASSE_DE_TABLE.matcher(texte);
      while (classe.find()) {
        String table = tablesParClasse.get(classe.group(0));
        if (table != null) {
          tables.add(table);
        }
      }
    }
    for (String champ : pool.champs()) {
      String table = tablesParClasse.get(champ);
      if (table != null) {
        tables.add(table);
      }
    }
    return tables;
  }

  private static Set<Object> constantes(Class<?> type) {
    Set<Object> valeurs = new HashSet<>();
    for (Field champ : type.getFields()) {
      if (Modifier.isStatic(champ.getModifiers())) {
        valeurs.add(valeur(champ));
      }
    }
    return valeurs;
  }

  private static Object valeur(Field champ) {
    try {
      return champ.get(null);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Path classes() {
    try {
      return Path.of(
          OrionApplication.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The texts of a class file's constant pool (class names, descriptors, signatures) and the static
   * fields it reads, as {@code owner.NAME}: enough to see every generated class it names.
   */
  private record ConstantPool(Set<String> textes, Set<String> champs) {

    static ConstantPool read(Path fichier) throws IOException {
      try (InputStream flux = Files.newInputStream(fichier);
          DataInputStream in = new DataInputStream(flux)) {
        in.readInt(); // magic
        in.readInt(); // minor and major versions
        int taille = in.readUnsignedShort();
        String[] textes = new String[taille];
        int[] classes = new int[taille];
        int[][] references = new int[taille][];
        for (int i = 1; i < taille; i++) {
          int tag = in.readUnsignedByte();
          switch (tag) {
            case 1 -> textes[i] = in.readUTF();
            case 7 -> classes[i] = in.readUnsignedShort();
            case 9 -> references[i] = new int[] {in.readUnsignedShort(), in.readUnsignedShort()};
            case 12 -> references[i] = new int[] {in.readUnsignedShort(), in.readUnsignedShort()};
            case 8, 16, 19, 20 -> in.readUnsignedShort();
            case 15 -> in.skipNBytes(3);
            case 3, 4, 10, 11, 17, 18 -> in.readInt();
            case 5, 6 -> {
              in.readLong();
              i++; // takes two entries
            }
            default -> throw new IOException("Unknown constant pool tag " + tag + " in " + fichier);
          }
        }
        Set<String> champs = new HashSet<>();
        for (int[] reference : references) {
          // Field references only: a name-and-type's first index points to a text, not a class.
          if (reference != null && classes[reference[0]] != 0) {
            String proprietaire = textes[classes[reference[0]]];
            String nom = textes[references[reference[1]][0]];
            champs.add(proprietaire + "." + nom);
          }
        }
        Set<String> nonNuls = new HashSet<>();
        for (String texte : textes) {
          if (texte != null) {
            nonNuls.add(texte);
          }
        }
        return new ConstantPool(nonNuls, champs);
      }
    }
  }
}
