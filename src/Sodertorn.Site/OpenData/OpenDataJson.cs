using System.Text.Json.Serialization;

namespace Sodertorn.Site.OpenData;

/// <summary>
/// The open data's JSON contracts, generated at compile time instead of found by reflection at the start of every
/// build. Metadata only: the generated fast path writes a whole value into one buffer, while a file of every
/// meeting must be written as it is serialized. The options that shape the output are OpenDataGenerator's.
/// </summary>
[JsonSourceGenerationOptions(GenerationMode = JsonSourceGenerationMode.Metadata)]
[JsonSerializable(typeof(Catalog))]
[JsonSerializable(typeof(DataFile<MeetingData>))]
[JsonSerializable(typeof(DataFile<MotionData>))]
[JsonSerializable(typeof(DataFile<TrackedAssignmentData>))]
[JsonSerializable(typeof(DataFile<PlanData>))]
[JsonSerializable(typeof(DataFile<ActivityData>))]
[JsonSerializable(typeof(DataFile<GoalData>))]
[JsonSerializable(typeof(DataFile<OrganizationData>))]
internal sealed partial class OpenDataJson : JsonSerializerContext;
