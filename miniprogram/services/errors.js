/**
 * An API failure as the UI sees it. Server errors are RFC 9457 problem details
 * ({type, title, status, detail, code, requestId}, and for 422 an `errors` map of
 * field path → Chinese message); transport failures are mapped to the same shape so
 * pages handle one kind of error.
 */
class ApiError extends Error {
  constructor({ status = 0, code, title, detail = '', requestId = '', errors = null }) {
    super(title)
    this.name = 'ApiError'
    this.status = status
    this.code = code
    this.title = title
    this.detail = detail
    this.requestId = requestId
    this.errors = errors
  }
}

function networkError(detail) {
  return new ApiError({ status: 0, code: 'NETWORK_ERROR', title: '网络不可用，请稍后重试', detail })
}

module.exports = { ApiError, networkError }
