using CrossRegion.Application.Common.Text;

namespace CrossRegion.UnitTests.Application;

public sealed class CsvCellsTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")")]
    [InlineData("+1+1", "'+1+1")]
    [InlineData("-2", "'-2")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tx", "'\tx")]
    [InlineData("万达开", "万达开")]
    [InlineData("", "")]
    public void Neutralise_Should_PrefixFormulaStarts(string value, string expected)
    {
        Assert.Equal(expected, CsvCells.Neutralise(value));
    }

    [Fact]
    public void Line_Should_QuoteWhatMustBeQuoted_And_NeutraliseEachCell()
    {
        Assert.Equal("a,\"b,c\",\"say \"\"hi\"\"\",'=1+1,\r\n", CsvCells.Line(["a", "b,c", "say \"hi\"", "=1+1", null]));
    }
}
