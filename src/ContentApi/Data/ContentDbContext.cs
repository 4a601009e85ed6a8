using ContentApi.Domain.Articles;
using ContentApi.Domain.Authors;
using ContentApi.Domain.Keys;
using ContentApi.Domain.Tags;
using ContentApi.Domain.Webhooks;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Data;

public sealed class ContentDbContext(DbContextOptions<ContentDbContext> options) : DbContext(options)
{
    public DbSet<Article> Articles => Set<Article>();
    public DbSet<ArticleAuthor> ArticleAuthors => Set<ArticleAuthor>();
    public DbSet<ArticleTag> ArticleTags => Set<ArticleTag>();
    public DbSet<ArticleSlug> ArticleSlugs => Set<ArticleSlug>();
    public DbSet<RelatedLink> RelatedLinks => Set<RelatedLink>();
    public DbSet<Revision> Revisions => Set<Revision>();
    public DbSet<ArticleChange> ArticleChanges => Set<ArticleChange>();
    public DbSet<ArticleFeedback> ArticleFeedback => Set<ArticleFeedback>();
    public DbSet<ArticleAuthorList> ArticleAuthorLists => Set<ArticleAuthorList>();
    public DbSet<ArticleTagList> ArticleTagLists => Set<ArticleTagList>();
    public DbSet<ArticleTranslationList> ArticleTranslationLists => Set<ArticleTranslationList>();
    public DbSet<ArticleRelatedLinkList> ArticleRelatedLinkLists => Set<ArticleRelatedLinkList>();
    public DbSet<Author> Authors => Set<Author>();
    public DbSet<Tag> Tags => Set<Tag>();
    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();
    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();
    public DbSet<Webhook> Webhooks => Set<Webhook>();
    public DbSet<WebhookDelivery> WebhookDeliveries => Set<WebhookDelivery>();
    public DbSet<WebhookAttempt> WebhookAttempts => Set<WebhookAttempt>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasPostgresExtension("unaccent");
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ContentDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored as the same lower-case words the API uses, so the database reads like the contract.
        configurationBuilder.Properties<ArticleType>().HaveConversion<LowerCaseEnumConverter<ArticleType>>().HaveMaxLength(20);
        configurationBuilder.Properties<ArticleStatus>().HaveConversion<LowerCaseEnumConverter<ArticleStatus>>().HaveMaxLength(20);
        configurationBuilder.Properties<ChangeAction>().HaveConversion<LowerCaseEnumConverter<ChangeAction>>().HaveMaxLength(20);
        configurationBuilder.Properties<TagKind>().HaveConversion<LowerCaseEnumConverter<TagKind>>().HaveMaxLength(20);
        configurationBuilder.Properties<ApiKeyRole>().HaveConversion<LowerCaseEnumConverter<ApiKeyRole>>().HaveMaxLength(20);
        configurationBuilder.Properties<DeliveryStatus>().HaveConversion<LowerCaseEnumConverter<DeliveryStatus>>().HaveMaxLength(20);
    }
}
