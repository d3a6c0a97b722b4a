using CrossRegion.Application.Common.Paging;
using CrossRegion.Application.Common.Text;
using CrossRegion.Domain.Tasks;

namespace CrossRegion.UnitTests.Application;

public sealed class CursorTests
{
    [Fact]
    public void Decode_Should_ReturnTheKey_When_TheCursorWasEncodedHere()
    {
        var cursor = Cursor.Encode("WDK-2023-07-01");

        Assert.True(Cursor.TryDecode(cursor, out var key));
        Assert.Equal("WDK-2023-07-01", key);
    }

    [Theory]
    [InlineData("%%%")]
    [InlineData("bm90LWEtY3Vyc29y")]
    [InlineData("")]
    public void Decode_Should_Fail_When_TheCursorIsForeign(string cursor)
    {
        Assert.False(Cursor.TryDecode(cursor, out _));
    }

    [Fact]
    public void EnumText_Should_UseSnakeCase()
    {
        Assert.Equal("major_preliminary", EnumText.ToText(TaskStage.MajorPreliminary));
        Assert.True(EnumText.TryParse<PartyRole>("participant", out var role));
        Assert.Equal(PartyRole.Participant, role);
        Assert.False(EnumText.TryParse<PartyRole>("Participant", out _));
    }
}
