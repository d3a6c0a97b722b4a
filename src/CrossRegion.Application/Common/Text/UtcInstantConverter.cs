using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CrossRegion.Application.Common.Text;

/// <summary>
/// Instants on the wire in one form: UTC with <c>Z</c>, to the millisecond (<c>2026-11-30T01:00:00.000Z</c>), whatever
/// the offset they were read or stored with; any ISO 8601 date-time with an offset is read.
/// </summary>
public sealed class UtcInstantConverter : JsonConverter<DateTimeOffset>
{
    public const string Format = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

    public static string Text(DateTimeOffset instant) => instant.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture);

    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.GetDateTimeOffset();

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(Text(value));
    }
}
