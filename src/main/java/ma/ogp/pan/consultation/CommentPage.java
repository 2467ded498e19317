package ma.ogp.pan.consultation;

import java.util.List;

/** One page of a draft's approved comments, oldest first: {@code number} from 1 of {@code pages}, {@code total} in all. */
public record CommentPage(List<PublicComment> comments, int number, int pages, int total) {

    /** Comments per page: a popular draft's page stays light enough to read and to reach the form. */
    static final int SIZE = 50;
}
