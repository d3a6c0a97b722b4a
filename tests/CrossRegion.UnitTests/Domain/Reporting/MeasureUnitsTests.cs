using CrossRegion.Domain.Reporting;

namespace CrossRegion.UnitTests.Domain.Reporting;

public sealed class MeasureUnitsTests
{
    [Theory]
    [InlineData(2000, "万元", "亿元", 0.2)]
    [InlineData(0.5, "亿元", "万元", 5000)]
    [InlineData(3000000, "吨", "万吨", 300)]
    [InlineData(1.2, "公里", "米", 1200)]
    [InlineData(12, "km", "公里", 12)]
    [InlineData(7, "个", "个", 7)]
    [InlineData(7, "座桥", "座桥", 7)]
    public void TryConvert_Should_ScaleWithinAFamily(decimal value, string from, string to, decimal expected)
    {
        Assert.True(MeasureUnits.TryConvert(value, from, to, out var converted));
        Assert.Equal(expected, converted);
    }

    [Theory]
    [InlineData("吨", "亿元")]
    [InlineData("%", "万元")]
    [InlineData("座桥", "公里")]
    public void TryConvert_Should_Refuse_When_TheUnitsMeasureDifferentThings(string from, string to)
    {
        Assert.False(MeasureUnits.TryConvert(1m, from, to, out _));
    }
}
