package cn.xianfeng.admin;

import java.security.SecureRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates the first account, a SUPER_ADMIN, when there is none. Its password comes from the environment
 * ({@code XF_ADMIN_PASSWORD}); on a developer machine without one, a password is generated and printed this once.
 */
@Component
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

    private final AdminAccountMapper accounts;
    private final AdminAccountRoleMapper roles;
    private final PasswordEncoder passwords;
    private final AdminProperties properties;
    private final TransactionTemplate transaction;

    AdminBootstrap(AdminAccountMapper accounts, AdminAccountRoleMapper roles, PasswordEncoder passwords,
                   AdminProperties properties, TransactionTemplate transaction) {
        this.accounts = accounts;
        this.roles = roles;
        this.passwords = passwords;
        this.properties = properties;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.anyExists()) {
            return;
        }
        String password = properties.bootstrapPassword();
        boolean generated = password == null || password.isBlank();
        if (generated) {
            password = generatePassword();
        }
        String chosen = password;
        try {
            transaction.executeWithoutResult(status -> {
                AdminAccount account = new AdminAccount();
                account.setUsername(properties.bootstrapUsername());
                account.setDisplayName("系统管理员");
                account.setPasswordHash(passwords.encode(chosen));
                account.setEnabled(true);
                accounts.insert(account);
                roles.insert(new AdminAccountRole(account.getId(), AdminRole.SUPER_ADMIN));
            });
        } catch (DuplicateKeyException raced) {
            // Another instance bootstrapped at the same moment.
            return;
        }
        if (generated) {
            log.warn("Created admin account '{}' with the generated password: {}  "
                    + "(shown only now; set XF_ADMIN_PASSWORD to choose it)", properties.bootstrapUsername(), chosen);
        } else {
            log.info("Created admin account '{}' with the password from XF_ADMIN_PASSWORD",
                    properties.bootstrapUsername());
        }
    }

    private static String generatePassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
