package fr.education.orion.ingestion;

import java.io.PrintStream;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;

/**
 * What Orion's import commands share ({@code orion import}, and the modules' own, such as {@code
 * orion inserjeunes}): in the command-line profile ({@link ImportCommand#PROFILE}) a command runs
 * when the first argument is its name; it reads its options, prints each import's report (on the
 * standard output when it succeeded, on the error output otherwise) and exits {@link #SUCCEEDED}
 * when every import succeeded, {@link #FAILED} when one did not, {@link #USAGE_ERROR} when its
 * arguments cannot be read (the reason, then the usage, on the error output).
 *
 * @param <O> the command's options
 */
public abstract class ImportCommandLine<O> implements ApplicationRunner, ExitCodeGenerator {

  public static final int SUCCEEDED = 0;
  public static final int FAILED = 1;
  public static final int USAGE_ERROR = 2;

  protected final PrintStream out = System.out;
  private final String name;
  private final String usage;
  private int exitCode;

  /**
   * @param name the first argument that runs this command
   * @param usage printed after a usage error, in French
   */
  protected ImportCommandLine(String name, String usage) {
    this.name = name;
    this.usage = usage;
  }

  @Override
  public final void run(ApplicationArguments arguments) {
    String[] args = arguments.getSourceArgs();
    // The command-line profile serves every command: only the one named runs.
    if (args.length > 0 && name.equals(args[0])) {
      exitCode = execute(args);
    }
  }

  @Override
  public final int getExitCode() {
    return exitCode;
  }

  /** Runs the command on its arguments, the first being its name; returns the exit code. */
  protected final int execute(String[] args) {
    O options;
    try {
      options = parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.print(usage);
      return USAGE_ERROR;
    }
    return importAll(options);
  }

  /**
   * The options of {@code args} (whose first is the command's name).
   *
   * @throws IllegalArgumentException a usage error, with the French reason printed before the usage
   */
  protected abstract O parse(String[] args);

  /** Runs the imports the options ask for; returns the exit code. */
  protected abstract int importAll(O options);

  /**
   * Prints a report's summary where it belongs, and returns that stream for the lines that detail
   * it.
   */
  protected final PrintStream print(ImportReport report) {
    PrintStream stream = report.succeeded() ? out : System.err;
    stream.println(report.summary());
    return stream;
  }

  protected static int exitCode(boolean allImported) {
    return allImported ? SUCCEEDED : FAILED;
  }
}
