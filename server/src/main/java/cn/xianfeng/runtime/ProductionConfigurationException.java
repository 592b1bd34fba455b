package cn.xianfeng.runtime;

import java.util.List;

/** The prod profile was started without its environment. */
class ProductionConfigurationException extends RuntimeException {

    ProductionConfigurationException(List<String> missingVariables, boolean simulatorOn) {
        super(describe(missingVariables, simulatorOn));
    }

    private static String describe(List<String> missing, boolean simulatorOn) {
        StringBuilder line = new StringBuilder("The prod profile cannot start:");
        if (!missing.isEmpty()) {
            line.append(" missing environment variables ").append(String.join(", ", missing)).append('.');
        }
        if (simulatorOn) {
            line.append(" The WeChat simulator must be off in prod (XF_WX_SIMULATOR=false).");
        }
        return line.toString();
    }
}
