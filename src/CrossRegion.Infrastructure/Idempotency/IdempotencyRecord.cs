namespace CrossRegion.Infrastructure.Idempotency;

/// <summary>
/// The stored outcome of a create request made with an Idempotency-Key, unique per caller and key. Written in the
/// same transaction as what the request created, so a retry finds either both or neither.
/// </summary>
public sealed class IdempotencyRecord
{
    private IdempotencyRecord()
    {
        Caller = Key = RequestHash = Path = ResponseBody = string.Empty;
    }

    public Guid Id { get; private set; }
    public string Caller { get; private set; }
    public string Key { get; private set; }
    public string RequestHash { get; private set; }
    public string Path { get; private set; }
    public int StatusCode { get; private set; }
    public string ResponseBody { get; private set; }
    public string? Location { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    public static IdempotencyRecord Create(string caller, string key, string requestHash, string path, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(),
        Caller = caller,
        Key = key,
        RequestHash = requestHash,
        Path = path,
        CreatedAt = now,
    };

    public void Complete(int statusCode, string responseBody, string? location)
    {
        StatusCode = statusCode;
        ResponseBody = responseBody;
        Location = location;
    }
}
