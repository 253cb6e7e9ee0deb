using Employment.Applicants.Data;
using Employment.Applicants.Domain.Categories;
using Employment.Applicants.Domain.Registry;
using Employment.Applicants.V1;
using Employment.Policy.Categories;
using Employment.Policy.Explanations;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Time;

namespace Employment.Applicants.UseCases;

/// <summary>Which categories of people (R10) a person belongs to on a date, each with its explanation and citations.</summary>
internal sealed class CategoryEvaluation(ApplicantsDbContext db, VisibleSubjects subjects, ApplicantCategories categories, ChinaClock clock)
{
    public async Task<EvaluateCategoriesResponse> EvaluateAsync(EvaluateCategoriesRequest request, Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var person = await subjects.PersonAsync(request.Person, RegionScope.Of(caller), cancellationToken);
        var on = PersonCategories.On(request.On, clock.Today);
        var region = PersonCategories.RegionFor(request.Region, person.ResidenceRegion);
        var selected = PersonCategories.Select(request.CategoryIds);

        var facts = await db.CurrentFactsAsync(SubjectTypes.Person, person.Id, cancellationToken);
        var profile = RecordMapping.ToProfile(person, facts, maskIdNumber: false);
        var response = new EvaluateCategoriesResponse { PersonId = person.Id, On = ProtoMapping.ToProto(on), ProfileVersion = profile.ProfileVersion };
        foreach (var (id, nameZh) in selected)
        {
            var explanation = new ExplanationBuilder(on);
            var member = PersonCategories.Evaluate(categories, id, profile, region, on, explanation);
            response.Results.Add(new CategoryResult
            {
                CategoryId = id,
                NameZh = nameZh,
                Member = member,
                Explanation = explanation.Build(member ? $"属于{nameZh}" : $"不属于{nameZh}"),
            });
        }

        return response;
    }
}
