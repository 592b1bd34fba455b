package cn.xianfeng.runtime;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints the missing production settings as one line instead of a stack trace. */
class ProductionConfigurationFailureAnalyzer extends AbstractFailureAnalyzer<ProductionConfigurationException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, ProductionConfigurationException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Set the variables listed above (see the README, section Production) and start again.", null);
    }
}
