package cn.xianfeng.support;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What every {@link ApiTest} starts with: a client on the server's port, admin accounts made through the account
 * endpoints, and the fixtures that apply, approve and invite through the API. This runs before a subclass's set-up.
 */
public abstract class ApiTestBase {

    @LocalServerPort
    protected int port;
    @Autowired
    protected JdbcTemplate jdbc;
    protected ApiClient api;
    protected AdminAccounts admins;
    protected Fixtures fixtures;

    @BeforeEach
    protected final void connect() {
        api = new ApiClient(port);
        admins = new AdminAccounts(api);
        fixtures = new Fixtures(api, admins);
    }
}
