using ContentApi.Domain.Tags;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ContentApi.Data.Configurations;

internal sealed class TagConfiguration : IEntityTypeConfiguration<Tag>
{
    public void Configure(EntityTypeBuilder<Tag> builder)
    {
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.Slug).HasMaxLength(120);
        builder.Property(t => t.Name).HasMaxLength(200);
        builder.Property(t => t.Description).HasMaxLength(5000);
        builder.HasIndex(t => t.Slug).IsUnique();
        builder.HasIndex(t => new { t.Kind, t.Name });
        builder.ToTable(table => table.HasCheckConstraint("ck_tags_kind", "kind IN ('country','topic','group','person')"));
    }
}
