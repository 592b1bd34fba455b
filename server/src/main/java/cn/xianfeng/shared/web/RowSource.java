package cn.xianfeng.shared.web;

import java.io.IOException;

/**
 * Produces the rows of a download, one {@link RowWriter#row} call each, while the file streams out. It runs after the
 * controller has returned, on a download thread: the request's transaction and security checks are over by then, so
 * it opens what it needs itself (a read-only transaction for a database cursor) and decides nothing a client could
 * still be told about as a problem.
 */
@FunctionalInterface
public interface RowSource {

    void writeRows(RowWriter rows) throws IOException;
}
