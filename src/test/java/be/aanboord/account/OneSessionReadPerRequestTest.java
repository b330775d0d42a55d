package be.aanboord.account;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.aop.framework.ProxyFactory;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.session.MapSession;
import org.springframework.session.MapSessionRepository;
import org.springframework.session.SessionRepository;

import static org.assertj.core.api.Assertions.assertThat;

class OneSessionReadPerRequestTest {

	private final AtomicInteger reads = new AtomicInteger();

	private final MapSessionRepository store = new MapSessionRepository(new ConcurrentHashMap<>()) {
		@Override
		public MapSession findById(String id) {
			OneSessionReadPerRequestTest.this.reads.incrementAndGet();
			return super.findById(id);
		}
	};

	@SuppressWarnings("unchecked")
	private final SessionRepository<MapSession> sessions = (SessionRepository<MapSession>) proxy();

	private Object proxy() {
		ProxyFactory proxy = new ProxyFactory(this.store);
		proxy.setProxyTargetClass(true);
		proxy.addAdvice(new OneSessionReadPerRequest());
		return proxy.getProxy();
	}

	@Test
	void withinARequestASessionIsReadOnceAndSavedChangesAreKept() throws Exception {
		MapSession session = this.sessions.createSession();
		this.sessions.save(session);
		String id = session.getId();

		inRequest(() -> {
			MapSession first = this.sessions.findById(id);
			first.setAttribute("answer", 42);
			this.sessions.save(first);
			MapSession again = this.sessions.findById(id);
			assertThat(again).isSameAs(first);
			assertThat(again.<Integer>getAttribute("answer")).isEqualTo(42);
		});
		assertThat(this.reads).hasValue(1);

		inRequest(() -> this.sessions.findById(id));
		assertThat(this.reads).as("each request reads the store again").hasValue(2);
	}

	@Test
	void outsideARequestEveryReadGoesToTheStore() {
		MapSession session = this.sessions.createSession();
		this.sessions.save(session);

		this.sessions.findById(session.getId());
		this.sessions.findById(session.getId());

		assertThat(this.reads).hasValue(2);
	}

	@Test
	void aDeletedSessionAndAnIdNoLongerInUseAreNotAnsweredFromTheRequest() throws Exception {
		MapSession session = this.sessions.createSession();
		this.sessions.save(session);
		String id = session.getId();

		inRequest(() -> {
			MapSession read = this.sessions.findById(id);
			String newId = read.changeSessionId();
			this.sessions.save(read);
			assertThat(this.sessions.findById(id)).isNull();
			assertThat(this.sessions.findById(newId)).isNotNull();
			this.sessions.deleteById(newId);
			assertThat(this.sessions.findById(newId)).isNull();
		});
	}

	private void inRequest(Runnable work) throws Exception {
		new OneSessionReadPerRequest().doFilter(new MockHttpServletRequest(), new MockHttpServletResponse(),
				new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
					@Override
					protected void service(jakarta.servlet.http.HttpServletRequest request,
							jakarta.servlet.http.HttpServletResponse response) {
						work.run();
					}
				}));
	}

}
