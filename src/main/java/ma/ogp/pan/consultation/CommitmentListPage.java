package ma.ogp.pan.consultation;

import java.util.List;

import ma.ogp.pan.web.Paging;

/** One page of the consultation's drafts, as filtered, in reference order. */
public record CommitmentListPage(List<ConsultedCommitment> commitments, Paging paging) {

    /** Drafts per page: 5,000 drafts stay a light page. */
    static final int SIZE = 50;
}
