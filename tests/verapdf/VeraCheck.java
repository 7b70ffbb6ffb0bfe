import java.io.File;
import java.util.Map;
import java.util.TreeMap;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import org.verapdf.pdfa.validation.validators.ValidatorFactory;

/**
 * Validates PDF files against veraPDF's official profiles, with veraPDF's own engine.
 *
 * <p>Usage: {@code java VeraCheck PROFILE FILE [PROFILE FILE ...]}, PROFILE one of ua1, 2b, 3b.
 * For each pair it prints {@code checked PROFILE FILE: N failed checks}, then one line per
 * failed rule: {@code failed CLAUSE-TEST (COUNT): DESCRIPTION}. Exit status 0 when it could
 * check every file, whatever it found; 1 when it could not.
 */
public final class VeraCheck {
  public static void main(String[] arguments) throws Exception {
    VeraGreenfieldFoundryProvider.initialise();
    for (int index = 0; index + 1 < arguments.length; index += 2) {
      check(PDFAFlavour.fromString(arguments[index]), new File(arguments[index + 1]));
    }
  }

  private static void check(PDFAFlavour profile, File file) throws Exception {
    try (PDFAParser parser = Foundries.defaultInstance().createParser(file, profile)) {
      // Every failure of every rule, no passed checks, with the engine's messages.
      PDFAValidator validator = ValidatorFactory.createValidator(profile, false, -1, -1, true, false);
      ValidationResult result = validator.validate(parser);
      Map<String, Integer> failedRules = new TreeMap<>();
      Map<String, String> descriptions = new TreeMap<>();
      int failed = 0;
      for (TestAssertion assertion : result.getTestAssertions()) {
        if (assertion.getStatus() != TestAssertion.Status.FAILED) {
          continue;
        }
        failed++;
        String rule = assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber();
        failedRules.merge(rule, 1, Integer::sum);
        descriptions.putIfAbsent(rule, assertion.getMessage().replaceAll("\\s+", " "));
      }
      System.out.println("checked " + profile.getId() + " " + file + ": " + failed + " failed checks");
      for (Map.Entry<String, Integer> rule : failedRules.entrySet()) {
        System.out.println("failed " + rule.getKey() + " (" + rule.getValue() + "): "
            + descriptions.get(rule.getKey()));
      }
    }
  }
}
