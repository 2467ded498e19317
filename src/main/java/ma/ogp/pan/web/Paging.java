package ma.ogp.pan.web;

/**
 * Which page a visitor gets of {@code total} items shown {@code size} at a time: pages count from 1, there is always
 * one (an empty list has an empty first page), and a page out of range shows the nearest one.
 */
public record Paging(int number, int pages, int total, int size) {

    public static Paging of(int total, int size, int requested) {
        int pages = Math.max(1, (total + size - 1) / size);
        return new Paging(Math.min(Math.max(requested, 1), pages), pages, total, size);
    }

    /** How many items come before this page. */
    public int offset() {
        return (number - 1) * size;
    }
}
