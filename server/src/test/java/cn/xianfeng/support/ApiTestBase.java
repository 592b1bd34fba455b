package cn.xianfeng.support;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * What a test that builds data through the API starts with: a client on the server's port and the fixtures that
 * apply, approve and invite through it. Subclasses are {@link ApiTest}s; this runs before their own set-up.
 */
public abstract class ApiTestBase {

    @LocalServerPort
    protected int port;
    @Autowired
    protected JdbcTemplate jdbc;
    @Autowired
    protected PasswordEncoder passwords;
    protected ApiClient api;
    protected Fixtures fixtures;

    @BeforeEach
    protected final void connect() {
        api = new ApiClient(port);
        fixtures = new Fixtures(api, jdbc, passwords);
    }
}
