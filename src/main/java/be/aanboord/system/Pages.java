package be.aanboord.system;

import java.util.function.Function;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * The page a list shows for the page number in its address ({@code pagina}, counted from
 * 0): a negative number is the first page, a number past the last page is the last page,
 * and no number, however large, makes the offset overflow.
 */
public final class Pages {

	private Pages() {
	}

	/**
	 * Reads the requested page of a list, or its last page when the request lies past it
	 * (a second query, only then).
	 * @param requested the page number from the address, any int
	 * @param size rows per page, at least 1
	 * @param sort the order of the list
	 * @param query reads one page of the list
	 */
	public static <T> Page<T> of(int requested, int size, Sort sort, Function<Pageable, Page<T>> query) {
		Page<T> page = query.apply(PageRequest.of(within(requested, size), size, sort));
		int last = page.getTotalPages() - 1;
		if (last >= 0 && page.getNumber() > last) {
			return query.apply(PageRequest.of(last, size, sort));
		}
		return page;
	}

	/** The same for an unsorted list (or one whose query sorts it). */
	public static <T> Page<T> of(int requested, int size, Function<Pageable, Page<T>> query) {
		return of(requested, size, Sort.unsorted(), query);
	}

	/**
	 * The requested page number brought within 0 and the largest page whose first row's
	 * offset still fits an int (what JPA's {@code setFirstResult} takes).
	 */
	public static int within(int requested, int size) {
		return Math.clamp(requested, 0, Integer.MAX_VALUE / size - 1);
	}

}
