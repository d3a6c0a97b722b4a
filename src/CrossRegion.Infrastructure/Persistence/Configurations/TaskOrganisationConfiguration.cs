using CrossRegion.Domain.Organisations;
using CrossRegion.Domain.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrossRegion.Infrastructure.Persistence.Configurations;

internal sealed class TaskOrganisationConfiguration : IEntityTypeConfiguration<TaskOrganisation>
{
    public void Configure(EntityTypeBuilder<TaskOrganisation> builder)
    {
        builder.ToTable("TaskOrganisations");
        builder.HasKey(o => new { o.TaskId, o.OrganisationCode, o.Relation });
        builder.Property(o => o.OrganisationCode).HasMaxLength(32);
        builder.Property(o => o.Relation).HasConversion<string>().HasMaxLength(16);

        // The visibility filter of an organisation's observer probes by organisation.
        builder.HasIndex(o => new { o.OrganisationCode, o.TaskId });
        builder.HasOne<Organisation>().WithMany().HasForeignKey(o => o.OrganisationCode).OnDelete(DeleteBehavior.Restrict);
    }
}
