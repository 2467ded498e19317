package ma.ogp.pan.people;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

import ma.ogp.pan.web.CsvFile;
import org.springframework.http.HttpStatus;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;

/** What the institutions' and the people's import forms share: the file read, its refusals, a post without file. */
final class ImportForms {

    private ImportForms() {
    }

    /**
     * The page after an import: {@code importer} gets the file's text and says what it did, or throws a
     * {@link PeopleRefusal}; {@code page} shows a message or the refusals.
     */
    static ModelAndView importFile(MultipartFile file, Function<String, String> importer,
                                   BiFunction<String, List<String>, ModelAndView> page) throws IOException {
        List<String> errors = new ArrayList<>();
        String text = CsvFile.text(file.getBytes(), errors);
        if (!errors.isEmpty()) {
            return page.apply(null, errors);
        }
        try {
            return page.apply(importer.apply(text), List.of());
        } catch (PeopleRefusal refusal) {
            return page.apply(null, refusal.errors());
        }
    }

    /** A post that is not a multipart form with its file, or a file over the size limit: the page says so. */
    static ModelAndView notAFile(Exception e, BiFunction<String, List<String>, ModelAndView> page) {
        boolean tooLarge = e instanceof MaxUploadSizeExceededException;
        ModelAndView answer = page.apply(null, List.of(tooLarge ? "fichier trop volumineux"
                : "aucun fichier reçu : envoyez le fichier CSV avec le formulaire d'import"));
        answer.setStatus(tooLarge ? HttpStatus.PAYLOAD_TOO_LARGE : HttpStatus.BAD_REQUEST);
        return answer;
    }
}
