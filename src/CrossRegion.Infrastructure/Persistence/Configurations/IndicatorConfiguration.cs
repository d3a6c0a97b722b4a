using CrossRegion.Domain.Indicators;
using CrossRegion.Domain.Jurisdictions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrossRegion.Infrastructure.Persistence.Configurations;

internal sealed class IndicatorConfiguration : IEntityTypeConfiguration<Indicator>
{
    public void Configure(EntityTypeBuilder<Indicator> builder)
    {
        builder.ToTable("Indicators");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.Code).HasMaxLength(32).IsUnicode(false);
        builder.HasIndex(i => i.Code).IsUnique();
        builder.Property(i => i.ProgrammeCode).HasMaxLength(16);
        builder.HasOne<Programme>().WithMany().HasForeignKey(i => i.ProgrammeCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(i => i.ProgrammeCode);
        builder.HasOne<Indicator>().WithMany().HasForeignKey(i => i.ParentId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(i => i.NameZh).HasMaxLength(200);
        builder.Property(i => i.NameEn).HasMaxLength(300);
        builder.Property(i => i.Unit).HasMaxLength(32);
        builder.Property(i => i.Attribute).HasConversion<string>().HasMaxLength(16);
        builder.Property(i => i.Frequency).HasConversion<string>().HasMaxLength(16);
        builder.Property(i => i.BaseValue).HasPrecision(18, 4);
        builder.HasMany(i => i.Owners).WithOne().HasForeignKey(o => o.IndicatorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(i => i.Targets).WithOne().HasForeignKey(t => t.IndicatorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(i => i.Actuals).WithOne().HasForeignKey(a => a.IndicatorId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(i => i.Owners).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(i => i.Targets).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(i => i.Actuals).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class IndicatorOwnerConfiguration : IEntityTypeConfiguration<IndicatorOwner>
{
    public void Configure(EntityTypeBuilder<IndicatorOwner> builder)
    {
        builder.ToTable("IndicatorOwners");
        builder.HasKey(o => new { o.IndicatorId, o.JurisdictionCode });
        builder.Property(o => o.JurisdictionCode).HasMaxLength(8);
        builder.HasOne<Jurisdiction>().WithMany().HasForeignKey(o => o.JurisdictionCode).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class IndicatorTargetConfiguration : IEntityTypeConfiguration<IndicatorTarget>
{
    public void Configure(EntityTypeBuilder<IndicatorTarget> builder)
    {
        builder.ToTable("IndicatorTargets");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.HasIndex(t => new { t.IndicatorId, t.Year }).IsUnique();
        builder.Property(t => t.Position).HasMaxLength(8);
        builder.Property(t => t.Text).HasMaxLength(200);
        builder.Property(t => t.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(t => t.Value).HasPrecision(18, 4);
        builder.Property(t => t.Tolerance).HasPrecision(9, 4);
    }
}

internal sealed class IndicatorActualConfiguration : IEntityTypeConfiguration<IndicatorActual>
{
    public void Configure(EntityTypeBuilder<IndicatorActual> builder)
    {
        builder.ToTable("IndicatorActuals");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.JurisdictionCode).HasMaxLength(8);
        builder.HasOne<Jurisdiction>().WithMany().HasForeignKey(a => a.JurisdictionCode).OnDelete(DeleteBehavior.Restrict);
        builder.Property(a => a.Period).HasMaxLength(8).IsUnicode(false);
        builder.HasIndex(a => new { a.IndicatorId, a.JurisdictionCode, a.Period }).IsUnique();
        builder.Property(a => a.Value).HasPrecision(18, 4);
        builder.Property(a => a.Text).HasMaxLength(200);
        builder.Property(a => a.ReportedBy).HasMaxLength(128);
        builder.Property(a => a.Revision).IsConcurrencyToken();
    }
}
