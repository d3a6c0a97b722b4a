using CrossRegion.Domain.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrossRegion.Infrastructure.Persistence.Configurations;

internal sealed class PreparationItemConfiguration : IEntityTypeConfiguration<PreparationItem>
{
    public void Configure(EntityTypeBuilder<PreparationItem> builder)
    {
        builder.ToTable("PreparationItems");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.HasIndex(p => new { p.TaskId, p.Kind, p.Name, p.JurisdictionCode }).IsUnique();
        builder.Property(p => p.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(p => p.Name).HasMaxLength(100);
        builder.Property(p => p.JurisdictionCode).HasMaxLength(8);
        builder.Property(p => p.State).HasConversion<string>().HasMaxLength(16);
        builder.Property(p => p.Document).HasMaxLength(200);
        builder.Property(p => p.Note).HasMaxLength(500);
        builder.Property(p => p.UpdatedBy).HasMaxLength(128);
        builder.Ignore(p => p.IsSettled);
        builder.Ignore(p => p.LabelZh);
        builder.Ignore(p => p.LabelEn);
    }
}

internal sealed class CostSpendConfiguration : IEntityTypeConfiguration<CostSpend>
{
    public void Configure(EntityTypeBuilder<CostSpend> builder)
    {
        builder.ToTable("CostSpends");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.HasIndex(s => new { s.TaskId, s.JurisdictionCode, s.Period });
        builder.Property(s => s.JurisdictionCode).HasMaxLength(8);
        builder.Property(s => s.Period).HasMaxLength(7);
        builder.Property(s => s.Amount).HasPrecision(18, 2);
        builder.Property(s => s.Note).HasMaxLength(500);
        builder.Property(s => s.RecordedBy).HasMaxLength(128);
    }
}
