using CrossRegion.Application.Common.Text;

namespace CrossRegion.Api.Errors;

/// <summary>Titles of the problems this API answers with, in Chinese and English, by stable code.</summary>
internal static class ProblemCatalog
{
    private static readonly Dictionary<string, (string Zh, string En)> Titles = new(StringComparer.Ordinal)
    {
        ["validation"] = ("请求参数无效", "The request is invalid"),
        ["malformed_request"] = ("请求格式错误", "The request could not be read"),
        ["invalid_request"] = ("请求无效", "The request is invalid"),
        ["unauthenticated"] = ("需要登录", "Authentication is required"),
        ["invalid_token"] = ("访问令牌无效或已过期", "The access token is invalid or has expired"),
        ["invalid_credentials"] = ("用户名或密码错误", "The user name or password is incorrect"),
        ["too_many_attempts"] = ("登录失败次数过多，请稍后再试", "Too many failed sign-ins; wait before trying again"),
        ["invalid_grant"] = ("刷新令牌无效", "The refresh token is not valid"),
        ["invalid_client"] = ("客户端认证失败", "Client authentication failed"),
        ["invalid_scope"] = ("请求的权限范围无效", "The requested scope is not allowed"),
        ["unsupported_grant_type"] = ("不支持的授权类型", "Unsupported grant type"),
        ["invalid_signature"] = ("请求签名无效", "The request signature is not valid"),
        ["signature_clock_skew"] = ("请求时间戳超出允许范围", "The request timestamp is outside the allowed window"),
        ["signature_replayed"] = ("请求随机数已被使用", "The request nonce was used before"),
        ["forbidden"] = ("无权执行此操作", "You are not allowed to do this"),
        ["not_found"] = ("资源不存在", "The resource was not found"),
        ["method_not_allowed"] = ("不支持该请求方法", "Method not allowed"),
        ["conflict"] = ("与现有数据冲突", "The request conflicts with existing data"),
        ["rule_violation"] = ("违反业务规则", "A business rule was violated"),
        ["precondition_required"] = ("须附带 If-Match 请求头", "If-Match is required"),
        ["precondition_failed"] = ("资源已被修改", "The resource has changed"),
        ["import_rejected"] = ("导入被拒绝：有错误的行", "The import was rejected: some rows have errors"),
        ["csv_empty"] = ("CSV 文件为空", "The CSV is empty"),
        ["csv_malformed"] = ("CSV 格式错误", "The CSV cannot be read"),
        ["csv_columns"] = ("CSV 缺少必需的列", "The CSV lacks required columns"),
        ["csv_encoding"] = ("CSV 须为 UTF-8 编码", "The CSV must be UTF-8"),
        ["attachment_missing"] = ("表单中没有文件", "The form carries no file"),
        ["attachment_malformed"] = ("表单格式错误", "The form cannot be read"),
        ["attachment_milestone"] = ("milestone_id 无效", "milestone_id is not valid"),
        ["attachment_ask"] = ("ask_id 无效", "ask_id is not valid"),
        ["attachment_target"] = ("附件只能属于一个节点或一个争取事项", "A file belongs to one milestone or one ask"),
        ["idempotency_key_reused"] = ("Idempotency-Key 已用于其他请求", "Idempotency-Key reused for another request"),
        ["concurrent_update"] = ("数据被同时修改", "A concurrent update won"),
        ["database_unavailable"] = ("数据库暂时不可用", "The database is unavailable"),
        ["payload_too_large"] = ("请求体过大", "The request body is too large"),
        ["request_header_too_large"] = ("请求头过大", "The request headers are too large"),
        ["uri_too_long"] = ("请求地址过长", "The request URI is too long"),
        ["not_acceptable"] = ("无法提供所请求的表示格式", "The requested representation cannot be produced"),
        ["too_many_requests"] = ("请求过于频繁，请稍后再试", "Too many requests; try again later"),
        ["unsupported_media_type"] = ("不支持的内容类型", "Unsupported media type"),
        ["server_error"] = ("服务器内部错误", "An unexpected error occurred"),
    };

    /// <summary>Every code a problem can carry (the OpenAPI document lists them).</summary>
    public static IEnumerable<string> Codes => Titles.Keys.Concat(["password_change_required", "two_factor_enrolment_required"]);

    public static string Title(string code) =>
        Titles.TryGetValue(code, out var title) ? Localized.Text(title.Zh, title.En) : code;

    public static string CodeForStatus(int status) => status switch
    {
        StatusCodes.Status400BadRequest => "invalid_request",
        StatusCodes.Status401Unauthorized => "unauthenticated",
        StatusCodes.Status403Forbidden => "forbidden",
        StatusCodes.Status404NotFound => "not_found",
        StatusCodes.Status405MethodNotAllowed => "method_not_allowed",
        StatusCodes.Status409Conflict => "conflict",
        StatusCodes.Status406NotAcceptable => "not_acceptable",
        StatusCodes.Status408RequestTimeout => "invalid_request",
        StatusCodes.Status411LengthRequired => "invalid_request",
        StatusCodes.Status413PayloadTooLarge => "payload_too_large",
        StatusCodes.Status414UriTooLong => "uri_too_long",
        StatusCodes.Status415UnsupportedMediaType => "unsupported_media_type",
        StatusCodes.Status431RequestHeaderFieldsTooLarge => "request_header_too_large",
        StatusCodes.Status503ServiceUnavailable => "database_unavailable",
        StatusCodes.Status429TooManyRequests => "too_many_requests",
        _ => "server_error",
    };
}
