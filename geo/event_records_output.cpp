#include "geo/event_records_output.hpp"

#include <stdexcept>

#include "geo/event_schema.hpp"
#include "geo/gdal_handles.hpp"
#include "geo/vector_file_output.hpp"

namespace frontmap::geo {

namespace {

namespace s = schema;

struct Column {
    const char* name;
    OGRFieldType type;
};

const Column columns[] = {{s::event_id, OFTString}, {s::date, OFTDate},   {s::event, OFTString},   {s::actor, OFTString},
                          {s::control, OFTString},  {s::claimant, OFTString}, {s::denied, OFTInteger}, {s::event_confidence, OFTReal},
                          {s::score, OFTReal},      {s::name, OFTString},  {s::text, OFTString},    {s::sentence, OFTString},
                          {s::doc, OFTString},      {s::origin, OFTString}};

void set(OGRFeatureH f, const char* field, const std::string& value) {
    if (!value.empty()) OGR_F_SetFieldString(f, OGR_F_GetFieldIndex(f, field), value.c_str());
}

}  // namespace

void write_event_records(const std::string& path, const std::vector<const EventRecord*>& events, bool overwrite) {
    VectorFileOutput out(path, s::events_layer, wkbPoint, overwrite);
    for (const auto& c : columns) out.add_field(c.name, c.type);
    for (const EventRecord* e : events) {
        gdal::Feature f(OGR_F_Create(out.definition()));
        OGRFeatureH h = gdal::get(f);
        set(h, s::event_id, e->id);
        set_date_field(h, s::date, e->day);
        set(h, s::event, e->event);
        set(h, s::actor, e->actor);
        set(h, s::control, e->control);
        set(h, s::claimant, e->claimant);
        OGR_F_SetFieldInteger(h, OGR_F_GetFieldIndex(h, s::denied), e->denied ? 1 : 0);
        OGR_F_SetFieldDouble(h, OGR_F_GetFieldIndex(h, s::event_confidence), e->event_confidence);
        OGR_F_SetFieldDouble(h, OGR_F_GetFieldIndex(h, s::score), e->score);
        set(h, s::name, e->name);
        set(h, s::text, e->text);
        set(h, s::sentence, e->sentence);
        set(h, s::doc, e->doc);
        set(h, s::origin, e->origin);
        OGRGeometryH point = OGR_G_CreateGeometry(wkbPoint);
        OGR_G_SetPoint_2D(point, 0, e->where.lon, e->where.lat);
        OGR_F_SetGeometryDirectly(h, point);
        out.write(h, "event " + e->id);
    }
    out.finish();
}

}  // namespace frontmap::geo
