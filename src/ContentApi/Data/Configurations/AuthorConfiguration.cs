using ContentApi.Domain.Authors;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ContentApi.Data.Configurations;

internal sealed class AuthorConfiguration : IEntityTypeConfiguration<Author>
{
    public void Configure(EntityTypeBuilder<Author> builder)
    {
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Slug).HasMaxLength(120);
        builder.Property(a => a.Name).HasMaxLength(200);
        builder.Property(a => a.Bio).HasMaxLength(5000);
        builder.Property(a => a.Role).HasMaxLength(200);
        builder.Property(a => a.AvatarUrl).HasMaxLength(2048);
        builder.OwnsMany(a => a.Links, links => links.ToJson());
        builder.HasIndex(a => a.Slug).IsUnique();
    }
}
